@printers
Feature: An inspection failure and a re-print
  A part whose critical dimension is out of tolerance fails inspection (the verdict is computed from the plan, the
  inspector notes the nonconformity); the AM centre prints it again and the new part is inspected before the
  certificate is issued. Where a step says the printers work, the platform's clock moves on and the platform polls
  the demo centre's virtual printers over HTTP.

  Scenario: A dimension out of tolerance sends the part back to the printer
    Given the customer has ordered and accepted the sample part "bracket.stl" with the requirement
      | field              | value              |
      | material           | PLA                |
      | quantity           | 1                  |
      | critical dimension | spacing 40 ±0.2 mm |
    When the printers work until the part is printed (the clock moves on, the platform polls them)
    Then the inspector sees the order among the awaited inspections
    When the inspector measures "spacing" at 40.5 mm, the rest as drawn, and notes "spacing 40.5 mm, over 40 ±0.2"
    Then the inspection failed on "spacing" alone
    And the order is "Printing"
    And the order's reasons mention "spacing 40.5 mm"
    When the printers work until the part is printed (the clock moves on, the platform polls them)
    And the inspector records every line of the inspection plan within tolerance
    Then the order's inspections are "Failed, Passed"
    And the order's print jobs are "Completed, Completed"
    And the customer can download the certificate of conformance, which names the order, both organizations and "spacing"
