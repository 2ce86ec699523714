@printers
Feature: From requirement to delivery
  The happy path of ISO/IEC 23510 §5.4–§5.8: the customer orders a part and accepts the quote, the platform sends the
  parts to the AM centre's printers, the quality inspector measures them against the plan made from the requirement,
  the platform issues the certificate of conformance, which anyone can verify by its code, and the manufacturer ships
  the parts and records their delivery. The printers are the demo centre's virtual printers, reached over HTTP; where
  a step says the printers work, the platform's clock moves on and the platform polls them.

  Scenario: A bracket is ordered, printed, inspected, certified and delivered
    When the customer orders the sample part "bracket.stl" with the requirement
      | field              | value              |
      | material           | PLA                |
      | quantity           | 2                  |
      | critical dimension | spacing 40 ±0.2 mm |
    And the customer accepts the quote
    Then the order is "Printing"
    When the printers work until the parts are printed (the clock moves on, the platform polls them)
    Then the order is "Inspecting"
    And the order's print jobs are "Completed, Completed"
    And the inspector sees the order among the awaited inspections
    When the inspector records every line of the inspection plan within tolerance
    Then the order's inspections are "Passed"
    And the customer can download the certificate of conformance, which names the order, both organizations and "spacing"
    And anyone can verify the certificate by the code printed on it, and gets the SHA-256 of the PDF
    And a verification code changed in one character is not found
    And the other customer cannot download the certificate
    When the manufacturer hands the parts to "DHL" with the tracking number "JD014600006281"
    Then the customer sees the parts on their way with "DHL" under "JD014600006281"
    When the manufacturer records the delivery
    Then the order is "Delivered"
    And the order went through "Requested, Quoted, Accepted, Printing, Inspecting, Shipped, Delivered"
