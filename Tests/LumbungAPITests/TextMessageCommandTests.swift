import Foundation
import Testing

/// `lumbung sms receive` as Gammu SMSD's RunOnReceive runs it, while a server serves the same database.
@Suite struct TextMessageCommandTests {
    /// Runs the built `lumbung` with `arguments`, `environment` added and `input` on standard input.
    static func lumbung(_ arguments: [String], environment: [String: String] = [:], input: String = "") throws
        -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestApp.repositoryRoot + "/.build/debug/lumbung")
        process.currentDirectoryURL = URL(fileURLWithPath: TestApp.repositoryRoot)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardInput = standardInput
        try process.run()
        standardInput.fileHandleForWriting.write(Data(input.utf8))
        try standardInput.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func aGammuMessageShowsInTheRunningServersNextStockCheck() throws {
        let app = try TestApp.withTextMessages()
        let world = try app.makeStockWorld()
        try app.registerPhone(outletID: world.outletID, token: world.admin)
        let check = "/v1/availability?commodity=lpg-3kg&region=63.71"
        #expect(try app.request("GET", check).number("totalQuantity") == "0")
        #expect(try app.request("GET", check).number("totalQuantity") == "0")  // now answered from the cache
        let database = app.application.settings.databasePath
        let gammu = try Self.lumbung(["sms", "receive", "--database", database],
                                     environment: ["SMS_1_NUMBER": "+6281234567890", "SMS_1_TEXT": "TERIMA LPG 40\nJUAL LPG 3"])
        #expect(gammu.status == 0)
        #expect(gammu.output == "TERIMA LPG 40 -> sisa 40 tabung\nJUAL LPG 3 -> sisa 37 tabung\n")
        #expect(try app.request("GET", check).number("totalQuantity") == "37")

        let parts = try Self.lumbung(["sms", "receive", "--database", database],
                                     environment: ["SMS_1_NUMBER": "081234567890", "SMS_MESSAGES": "2",
                                                   "SMS_1_TEXT": "JUAL LP", "SMS_2_TEXT": "G 2"])
        #expect(parts.output == "JUAL LPG 2 -> sisa 35 tabung\n", "a message in two parts is read whole")

        let piped = try Self.lumbung(["sms", "receive", "--from", "081234567890", "--id", "gammu-7", "--database", database],
                                     input: "JUALL LPG 1\n")
        #expect(piped.status == 0, "a rejected message is still handled")
        #expect(piped.output.hasPrefix("DITOLAK, tidak ada yang dicatat. Baris 1 (JUALL LPG 1)"))
        let again = try Self.lumbung(["sms", "receive", "--from", "081234567890", "--id", "gammu-7", "--database", database],
                                     input: "JUAL LPG 1\n")
        #expect(again.output == piped.output, "the same id answers as before")
        #expect(try app.request("GET", check).number("totalQuantity") == "35")
        #expect(try app.rowCount("outbox") == 3)
        let outbox = try app.request("GET", "/v1/sms/outbox?status=sent", token: world.admin)
        #expect(outbox.count("items") == 3, "printed replies are handed to Gammu, so they count as sent")
    }

    @Test func withoutASenderItExplainsItself() throws {
        let result = try Self.lumbung(["sms", "receive", "--database", "/nonexistent/x.sqlite"],
                                      environment: [:])
        #expect(result.status != 0)
    }
}
