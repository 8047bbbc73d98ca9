"""The sculpture park (劳模雕塑园): the park page, its zones and map, and the sculptures."""
