@ordering @clock
Feature: Quotes expire
  A quote is valid for the days its AM centre's price list says (14 for the demo centre); an order whose quotes were
  neither accepted nor rejected by then expires, on the platform's clock.

  Scenario: Unanswered quotes expire at the end of their validity
    When the customer orders the sample part "bracket.stl"
    Then the order is "Quoted"
    And the quotes are valid for 14 days
    When 13 days pass
    Then the order is "Quoted"
    When 1 more day passes
    Then the order is "Expired"
    And every quote of the order is "Expired"
