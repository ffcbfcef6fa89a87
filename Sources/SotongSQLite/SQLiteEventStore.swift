import SotongCore
