// sotong-fixtures [OUTPUT_DIR]: writes the seed fixture logs (plan-2017.jsonl, year-2018.jsonl) into
// OUTPUT_DIR (default Fixtures/incheon-2018, relative to the current directory, which should be the
// repository root: the holiday calendar is read from Fixtures/calendar/kr-public-holidays.json there).
import Foundation
import SotongFixtures

let arguments = CommandLine.arguments.dropFirst()
if arguments.contains("-h") || arguments.contains("--help") || arguments.count > 1 {
    print("usage: sotong-fixtures [OUTPUT_DIR]   (run from the repository root; default \(FixtureGenerator.defaultDirectory))")
    exit(arguments.count > 1 ? 64 : 0)
}
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let output = URL(fileURLWithPath: arguments.first ?? FixtureGenerator.defaultDirectory, relativeTo: root)
do {
    let generated = try await FixtureGenerator.generate(calendarFile: root.appendingPathComponent(FixtureGenerator.calendarPath))
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    try generated.plan.write(to: output.appendingPathComponent(FixtureGenerator.planFileName))
    try generated.year.write(to: output.appendingPathComponent(FixtureGenerator.yearFileName))
    print("\(FixtureGenerator.planFileName): \(generated.planEvents) events, \(generated.plan.count) bytes")
    print("\(FixtureGenerator.yearFileName): \(generated.yearEvents) events, \(generated.year.count) bytes")
    print("written to \(output.path)")
} catch {
    FileHandle.standardError.write(Data("sotong-fixtures: \(error)\n".utf8))
    exit(1)
}
