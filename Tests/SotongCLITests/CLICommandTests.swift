import Foundation
import SotongTesting
import Testing

@Suite("sotong, end to end") struct CLICommandTests {
    let session = #"{"id":"00000000-0000-4000-8000-000000000001","type":"academy.session-held","schemaVersion":1,"occurredAt":"2018-03-02T10:00:00+09:00","metadata":{"actor":"clerk:kim"},"payload":{"title":"소통아카데미 1회","participants":95,"departmentsAttending":["transport-policy"]}}"#

    @Test func importsRecordsListsAndVerifies() throws {
        let cli = try CLI()
        let file = try cli.write("events.jsonl", session + "\n")
        let imported = try cli.run(["import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "appended 1, already stored 0, blank 0\n")
        #expect(try cli.run(["import", file]).stdout == "appended 0, already stored 1, blank 0\n")

        let recorded = try cli.run(["record", "academy.session-held", "--actor", "clerk:lee",
                                    "--occurred-at", "2018-05-04T14:00:00+09:00", "--set", "title=소통아카데미 2회",
                                    "--set", "participants=120", "--set", #"departmentsAttending=["budget"]"#])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout == "recorded academy.session-held at position 2\n")

        let log = try cli.run(["log"])
        #expect(log.stdout == """
            1\t2018-03-02 10:00\tacademy@1\tacademy.session-held\tclerk:kim
            2\t2018-05-04 14:00\tacademy@2\tacademy.session-held\tclerk:lee

            """)
        let verified = try cli.run(["verify"])
        #expect(verified.status == 0)
        #expect(verified.stdout.hasPrefix("OK 2 "))
        #expect(verified.stdout.count == "OK 2 ".count + 64 + 1)
    }

    @Test func aBadImportReportsEveryBadLineAndAppendsNothing() throws {
        let cli = try CLI()
        // A fresh id, so that the line is judged on its payload (a repeated id would be refused first).
        let bad = session.replacingOccurrences(of: #""participants":95"#, with: #""participants":"many""#)
            .replacingOccurrences(of: "0001\"", with: "0003\"")
        let unknown = session.replacingOccurrences(of: "academy.session-held", with: "academy.closed")
            .replacingOccurrences(of: "0001\"", with: "0002\"")
        let file = try cli.write("bad.jsonl", [session, bad, "{", unknown].joined(separator: "\n"))
        let output = try cli.run(["import", file])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == """
            sotong: line 2: payload.participants: should be a whole number
            sotong: line 3: (line): is not valid JSON
            sotong: line 4: type: 'academy.closed' is not a known event type
            sotong: 3 bad line(s); nothing was appended

            """)
        // Nothing was appended, and a refused import creates no store and no key file.
        #expect(!FileManager.default.fileExists(atPath: cli.db))
        #expect(!FileManager.default.fileExists(atPath: cli.db + ".keys"))
    }

    @Test func ruleViolationsAreOneClearLine() throws {
        let cli = try CLI()
        let output = try cli.run(["record", "academy.session-held", "--actor", "clerk:kim", "--set", "title=x",
                                  "--set", "participants=0", "--set", "departmentsAttending=[]"])
        #expect(output.status == 2)
        #expect(output.stderr.split(separator: "\n").count == 1)
        #expect(output.stderr.hasPrefix("sotong: payload.participants: "))
        #expect(output.stderr.contains("[academy.invalid-value]"))
        let missingActor = try cli.run(["record", "academy.session-held", "--set", "title=x"])
        #expect(missingActor.status == 2)
        #expect(missingActor.stderr.contains("--actor (or SOTONG_ACTOR) is required"))
    }

    @Test func storeProblemsAreOneLineWithExitCode3() throws {
        let cli = try CLI()
        let missing = try cli.run(["verify", "--db", cli.folder.path("absent.sqlite")], db: false)
        #expect(missing.status == 3)
        #expect(missing.stderr == "sotong: there is no Sotong store at \(cli.folder.path("absent.sqlite"))\n")
        let text = try cli.write("notes.txt", "not a database at all, just some notes written by hand\n")
        let foreign = try cli.run(["log", "--db", text], db: false)
        #expect(foreign.status == 3)
        #expect(foreign.stderr == "sotong: \(text) is not a Sotong store (not a SQLite database)\n")
    }

    @Test func showsHistoryAndRefusesUnknownProjections() throws {
        let cli = try CLI()
        _ = try cli.run(["import", try cli.write("one.jsonl", session)])
        let history = try cli.run(["show", "history", "--stream", "academy", "--format", "csv"])
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.hasPrefix("table,row,position,occurredAt,type,details\r\nhistory,1,1,2018-03-02 10:00,academy.session-held,"))
        let unknown = try cli.run(["show", "nonsense"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("sotong: unknown projection 'nonsense'; known: "))
        let badDate = try cli.run(["show", "history", "--stream", "academy", "--as-of", "2018-02-30"])
        #expect(badDate.status != 0)
        #expect(badDate.stderr.contains("'2018-02-30' is not a real date"))
    }
}
