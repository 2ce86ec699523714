@wip @ignore
Feature: From requirement to delivery
  The happy path of ISO/IEC 23510 §5.4–§5.7: the customer orders a part, accepts the quote, the AM centre prints and
  inspects it, the platform issues the certificate and the part is delivered. (Waits for part 2 of the order workflow.)

  Scenario: A bracket is ordered, printed, inspected, certified and delivered
    When the customer orders the sample part "bracket.stl"
    And the customer accepts the quote
    Then the order is "Accepted"
    When the manufacturer dispatches the job to a printer
    And the printer finishes the job
    Then the order is "Printed"
    When the inspector records every critical dimension within tolerance
    Then the order is "Inspected"
    And the customer can download the certificate of conformance
    And the certificate's verification code is confirmed by the platform
    When the manufacturer ships the parts
    And the customer confirms the delivery
    Then the order is "Delivered"
