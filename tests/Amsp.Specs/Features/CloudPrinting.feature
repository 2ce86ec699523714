@wip @ignore
Feature: Annex A — a cloud printing service
  ISO/IEC 23510 Annex A: a customer sends a model, the platform chooses the printer, prints it remotely and sends the
  part, without the customer dealing with the AM centre. (Waits for part 2 of the order workflow.)

  Scenario: A part is printed on the platform's printers from the model alone
    When the customer orders the sample part "phone_stand.stl"
    And the customer accepts the quote
    Then the platform dispatches the job to a printer without the manufacturer choosing one
    When the printer finishes the job
    Then the customer is told the part is on its way
