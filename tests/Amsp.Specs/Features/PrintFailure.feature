@printers
Feature: A print failure is re-dispatched
  A job that fails on its printer is sent once to another suitable printer; the customer's order goes on without
  anyone doing anything. Both MEX printers of the demo AM centre carry PLA here, so there is another printer. The
  printers are virtual printers reached over HTTP: a fault is set on the printer itself, and where a step says the
  printers work, the platform's clock moves on and the platform polls them.

  Background:
    Given the manufacturer has loaded "PLA" on the printer "MEX 2"

  Scenario: The first printer fails half-way and another one prints the part
    Given the customer has ordered and accepted the sample part "bracket.stl" with the requirement
      | field    | value |
      | material | PLA   |
      | quantity | 1     |
    When the printers start the job (the platform polls them)
    And the printer of the part fails at 50 % (set on the printer)
    And the printers work until the part is printed (the clock moves on, the platform polls them)
    Then the order is "Inspecting"
    And the part was printed on another printer after the first failed at 50 % with "heater decoupled"
