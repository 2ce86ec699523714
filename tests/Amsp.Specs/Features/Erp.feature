@printers
Feature: The AM centre's ERP follows and steers the orders it makes
  An AM centre runs its business in an ERP. The platform tells it of its quotes and, once its quote is accepted, of
  every change of the order's state, by signed webhooks (Standard Webhooks); it lets the ERP pull a period's orders
  through the OData feed with a machine client's token; and it takes the ERP's confirmations back, through the inbound
  API with an idempotency key or as a file dropped on the SFTP server. With the order workflow set to wait for the
  ERP, an order the ERP has not confirmed does not go to the printers.

  Scenario: The ERP hears of its quote and the order's acceptance by signed webhooks and confirms the order through the inbound API
    Given the AM centre's ERP receives webhooks signed with its secret
    And the order workflow waits for the ERP's confirmation before printing
    When the customer orders the sample part "bracket.stl"
    And the customer accepts the quote
    Then the order is "Accepted"
    And the ERP has received, each signed, once and in order, the order's events
      | event                | status   |
      | quote.created        | Offered  |
      | quote.status-changed | Accepted |
      | order.status-changed | Accepted |
    When the ERP confirms the order through the inbound API with the idempotency key "SO-4711-confirm"
    And the ERP sends the same confirmation again with the same key
    Then the order is "Printing"
    And the ERP got the same answer twice, the second marked as replayed
    And the ERP has received, each signed, once and in order, the order's change to "Printing" and every event since

  Scenario: The ERP pulls the day's orders through OData with a machine client's token
    Given the customer has ordered and accepted the sample parts "bracket.stl" and "phone_stand.stl"
    When the AM centre's ERP pulls the orders created that day, with their lines, through the OData feed
    Then it gets both orders, each with one line at the accepted quote's price, and no order of another day
    And a machine client of another organization gets none of them

  Scenario: A confirmation file dropped on SFTP resumes the order
    Given the AM centre exchanges files with its ERP over SFTP
    And the order workflow waits for the ERP's confirmation before printing
    When the customer orders the sample part "bracket.stl"
    And the customer accepts the quote
    Then the order is "Accepted"
    When the ERP drops a confirmation file for the order in the inbound folder
    And the platform exchanges files with the ERP
    Then the order is "Printing"
    And the confirmation file has moved from the inbound folder to the archive folder
