@ordering
Feature: An invalid requirement is corrected and resubmitted
  A customer whose requirement cannot be met is told every reason at once, corrects the requirement and resubmits
  the same order, which then goes on as if it had been right the first time (ISO/ASTM 52901 purchase requirements).

  Scenario: A material nobody offers and a dimension larger than the part
    Given the customer has uploaded the sample part "bracket.stl"
    When the customer orders it with the requirement
      | field              | value              |
      | material           | Titanium           |
      | quantity           | 2                  |
      | critical dimension | length 500 ±0.2 mm |
    Then the order is "Invalid"
    And the order's reasons mention "Titanium"
    And the order's reasons mention "larger than the part"
    And the customer cannot accept a quote of the order
    When the customer corrects the requirement to
      | field    | value |
      | material | PLA   |
      | quantity | 2     |
    And the customer resubmits the order
    Then the order keeps its number
    And the order is "Quoted"
    And the order went through "Requested, Invalid, Requested, Quoted"
