@printers
Feature: Annex A — a cloud printing service
  ISO/IEC 23510 Annex A: a customer sends a model, the platform chooses the printer, prints it remotely and sends the
  part, without the customer dealing with the AM centre or the manufacturer choosing a printer. Where a step says the
  printers work, the platform's clock moves on and the platform polls the demo centre's virtual printers over HTTP.

  Scenario: A part is printed on the platform's printers from the model alone
    When the customer orders the sample part "phone_stand.stl"
    And the customer accepts the quote
    Then the platform has queued the part on a printer of the AM centre, without the manufacturer choosing one
    When the printers work until the parts are printed (the clock moves on, the platform polls them)
    And the inspector records every line of the inspection plan within tolerance
    And the manufacturer hands the parts to "UPS" with the tracking number "1Z999AA10123456784"
    Then the customer sees the parts on their way with "UPS" under "1Z999AA10123456784"
