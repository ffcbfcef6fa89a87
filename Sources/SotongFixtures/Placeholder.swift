// The fixture generator's library (see FixtureGenerator).
