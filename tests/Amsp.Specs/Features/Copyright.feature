@ordering
Feature: Protected designs are refused, near matches go to a reviewer
  The copyright check compares every ordered part with the registered protected designs (ISO/IEC 23510 §7.1): an
  exact or near-exact copy of a design its owner does not let others print is refused, a part that is merely similar
  waits for a reviewer's decision, and the owner may print its own design.

  Scenario: A copy of another organization's protected design is refused
    When the customer orders the sample part "spur_gear.stl"
    Then the order is "Rejected"
    And the order's reasons mention "protects"

  Scenario: The owner of a protected design prints it
    When the other customer orders the sample part "spur_gear.stl"
    Then the order is "Quoted"

  Scenario Outline: A reviewer decides on a near match
    When the customer orders the sample part "spur_gear.stl" stretched by 10 % along X
    Then the order is "OnHold"
    And the reviewer sees the order among the pending copyright reviews, similar to "spur_gear.stl"
    And the customer cannot see the copyright reviews
    When the reviewer decides the match is <decision> with the note "<note>"
    Then the order is "<status>"
    And the reviewer cannot decide on the same review again

    Examples:
      | decision       | note               | status   |
      | clear          | a different gear   | Quoted   |
      | an infringement | a stretched copy  | Rejected |
