@wip @ignore
Feature: An inspection failure and a re-print
  A part whose critical dimension is out of tolerance fails inspection; the AM centre prints it again and the new part
  is inspected before any certificate is issued. (Waits for part 2 of the order workflow.)

  Scenario: A dimension out of tolerance sends the part back to the printer
    Given the customer has ordered and accepted the sample part "bracket.stl" with the requirement
      | field              | value           |
      | critical dimension | length 60 ±0.1 mm |
    And the printer has finished the job
    When the inspector records "length" as 60.3 mm
    Then the inspection fails with "length" out of tolerance
    And the job is printed again
    When the printer finishes the job
    And the inspector records every critical dimension within tolerance
    Then the order is "Inspected"
    And the certificate names the re-printed part
