@wip @ignore
Feature: A print failure is re-dispatched
  A job that fails on its printer goes back to the queue and is dispatched to another suitable printer; the customer's
  order goes on without the customer doing anything. (Waits for part 2 of the order workflow.)

  Scenario: The first printer fails and another one prints the part
    Given the customer has ordered and accepted the sample part "bracket.stl"
    When the manufacturer dispatches the job to a printer
    And the printer reports a failure "nozzle clogged"
    Then the job is dispatched again to another printer
    When the printer finishes the job
    Then the order is "Printed"
    And the order's history shows the failure "nozzle clogged"
