@ordering
Feature: A model too large for every printer
  A part that fits no printer of any AM centre, in any orientation, cannot be made: the order is refused with the
  reason and no AM centre is asked for a quote.

  Scenario: The oversized panel is refused
    When the customer orders the sample part "too_big_panel.stl"
    Then the order is "Rejected"
    And the order's reasons mention "fits no printer"
    And the order has no quotes
