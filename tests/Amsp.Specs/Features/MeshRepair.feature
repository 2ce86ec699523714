@ordering
Feature: A model with holes is repaired automatically
  Mesh detection finds the holes of a part that is not watertight; mesh correction fills them into a new version of
  the customer's model, which is then quoted, and the customer can download the repaired file.

  Scenario: Two missing triangles are filled and the repaired version is quoted
    When the customer orders the sample part "bracket.stl" with triangles 10 and 400 missing
    Then the order is "Quoted"
    And the repair filled 2 holes
    And the repaired model's versions are "Upload, Repair"
    And the customer can download the repaired model with all 800 triangles
