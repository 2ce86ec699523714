@printers
Feature: The Excel export of a period
  The ERP of an AM centre imports the platform's orders of a period as an Excel workbook: the centre's manufacturer
  exports the orders the centre makes, one row per order with its number, customer, quantity and total, as typed
  cells. The host runs on a clock the scenario moves on.

  Scenario: A month's orders are in the workbook
    Given the customer has ordered and accepted the sample part "phone_stand.stl"
    And 7 days pass
    And the customer has ordered and accepted the sample parts "bracket.stl" and "phone_stand.stl"
    When the manufacturer exports the orders of the month of the last order as Excel
    Then the workbook holds the orders of that month with their numbers, customers, quantities and totals
    And the workbook leaves out the 1 order placed before that month
