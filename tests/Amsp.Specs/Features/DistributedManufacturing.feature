@ordering
Feature: Annex A — distributed manufacturing across AM centres
  ISO/IEC 23510 §5.5 and Annex A: every AM centre that can make the part quotes it from its own price list, and the
  customer chooses among the quotes; the centre chosen gets the order, which goes at once to its printers, and the
  other quotes are declined.

  Background:
    Given the administrator has registered the AM centre "Lyon Additive" printing "PLA" on a MEX printer with a setup fee of 40 EUR

  Scenario: The customer compares the quotes of two centres and picks one
    When the customer orders the sample part "bracket.stl" in "PLA"
    Then the order is "Quoted"
    And the order has a quote from "Demo AM Centre B.V." and one from "Lyon Additive"
    And the quote of "Lyon Additive" includes a setup fee of 40 EUR
    And the quote of "Demo AM Centre B.V." includes a setup fee of 15 EUR
    When the customer accepts the quote of "Lyon Additive"
    Then the order is "Printing"
    And the quote of "Lyon Additive" is "Accepted"
    And the quote of "Demo AM Centre B.V." is "Rejected"
    And the order's parts are queued on the printer "Lyon Additive MEX"
