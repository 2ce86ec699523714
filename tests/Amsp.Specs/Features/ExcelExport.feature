@wip @ignore
Feature: The Excel export of a period
  The ERP of an AM centre imports the platform's orders of a period as an Excel workbook. (Waits for part 2.)

  Scenario: A month's orders are in the workbook
    Given the customer has ordered and accepted the sample parts "bracket.stl" and "phone_stand.stl"
    When the ERP exports the orders of this month as Excel
    Then the workbook holds both orders with their numbers, customers, quantities and totals
    And an order of another month is not in it
