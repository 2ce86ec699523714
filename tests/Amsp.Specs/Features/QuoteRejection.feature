@ordering
Feature: The customer rejects the quotes
  A customer who does not want any of the quotes rejects them; the order ends there.

  Scenario: Every quote is rejected
    When the customer orders the sample part "phone_stand.stl"
    And the customer rejects the quotes
    Then the order is "Rejected"
    And every quote of the order is "Rejected"
