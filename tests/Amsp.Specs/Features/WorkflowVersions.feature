@ordering
Feature: An analyst adds a manual approval for large quotes
  ISO/IEC 23510 §4.3: the order workflow is the platform's to change without a release. An analyst inserts a manual
  approval of large quotes into the published order workflow and publishes the new version; orders placed from then
  on follow it, while the orders already under way finish on the version they started on.

  Scenario: New orders follow version 2, an order under way finishes on version 1
    Given the customer has ordered 40 of the sample part "bracket.stl" as "the earlier order"
    When the analyst inserts a manual approval for quotes above 100 into the order workflow and publishes it
    Then the order workflow's published version is 2
    And "the earlier order" is "Quoted" on version 1 of the order workflow
    And the cheapest quote of "the earlier order" is above 100
    When the customer orders 40 of the sample part "bracket.stl" as "the large order"
    And the customer orders 1 of the sample part "bracket.stl" as "the small order"
    Then "the large order" is "OnHold" on version 2 of the order workflow
    And the customer cannot accept a quote of "the large order"
    And "the small order" is "Quoted" on version 2 of the order workflow
    And the cheapest quote of "the small order" is below 100
    When the manufacturer approves the quotes of "the large order"
    Then "the large order" is "Quoted"
    When the customer accepts the cheapest quote of "the large order"
    Then "the large order" is "Printing"
    When the customer accepts the cheapest quote of "the earlier order"
    Then "the earlier order" is "Printing" on version 1 of the order workflow
