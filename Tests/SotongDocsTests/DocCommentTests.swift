import Foundation
import SotongTesting
import Testing

/// Every public declaration of the library targets has a `///` doc comment
/// (`Scripts/check-doc-comments.py`, which prints the ones that lack one).
@Suite struct DocCommentTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let script = root.appendingPathComponent("Scripts/check-doc-comments.py").path

    @Test func everyPublicDeclarationHasADocComment() throws {
        let output = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", Self.script])
        #expect(output.status == 0, "undocumented public declarations:\n\(output.stdout)\(output.stderr)")
    }

    @Test func theCheckFindsAnUndocumentedDeclaration() throws {
        let folder = try TemporaryDirectory(prefix: "sotong-doc-check")
        let source = """
            /// Documented, with an example.
            ///
            /// ```swift
            /// Documented().documented()
            /// ```
            public struct Documented {
                /// Documented too.
                @discardableResult
                public func documented() -> Int { 1 }
                public var undocumented: Int { 2 }
            }

            /// Cases count; this type has no example.
            public enum Kind {
                /// Documented.
                case one
                case two
            }

            @_spi(Testing)
            extension Documented {
                public func testHook() {}
            }
            """
        try Data(source.utf8).write(to: URL(fileURLWithPath: folder.path("Sample.swift")))
        let output = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", Self.script, folder.path("")])
        #expect(output.status == 1)
        let reported = output.stdout.split(separator: "\n").dropLast().map { $0.split(separator: ":")[1] }
        #expect(reported == ["10", "14", "17"], "\(output.stdout)")
    }
}
