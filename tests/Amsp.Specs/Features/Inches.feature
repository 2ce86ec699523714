@ordering
Feature: A part modelled in inches
  A model whose size suggests it was drawn in inches while the requirement says millimetres is held until the customer
  confirms the units; a requirement that states inches is scaled without asking.

  Scenario: The customer confirms the part is in inches
    When the customer orders the sample part "tiny_inch_part.stl"
    Then the order is "OnHold"
    And the order's reasons mention "inch"
    When the customer confirms the units are "inch"
    Then the order is "Quoted"
    And the part is quoted at 25.4 mm across its largest side

  Scenario: The requirement states inches
    When the customer orders the sample part "tiny_inch_part.stl" with the requirement
      | field | value |
      | units | inch  |
    Then the order is "Quoted"
