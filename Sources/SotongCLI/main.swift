print("sotong")
