@ordering
Feature: Annex A — a personalised product from a designer
  ISO/IEC 23510 Annex A: a customer without a printable model asks for a design; a designer of the platform takes the
  request, sees the customer's reference files only from then on, and uploads a version; the version the customer
  accepts becomes the model of their requirement, which is then ordered and quoted like any other part.

  Scenario: A designer designs a lid for the customer's box, which the customer orders
    Given the customer has uploaded the sample part "enclosure_box.stl"
    When the customer asks for a design "A lid with a locating lip for this box" with the uploaded part as reference
    Then the designer sees the request among the open design requests
    And the designer cannot see the reference part
    When the designer takes the request
    Then the designer can see the reference part
    When the designer uploads the sample part "enclosure_lid.stl" as a version
    Then the other customer cannot see the design request
    When the customer accepts the designer's version
    Then the design request is "Accepted"
    And the requirement's model is the designer's version
    When the customer orders the design with the requirement
      | field    | value |
      | material | PLA   |
    Then the order is "Quoted"
