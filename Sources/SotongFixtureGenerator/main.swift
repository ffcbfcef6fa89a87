print("sotong-fixtures: not yet")
