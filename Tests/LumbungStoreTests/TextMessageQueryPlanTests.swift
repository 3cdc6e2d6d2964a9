import Testing
@testable import LumbungStore

/// The outbox sender's round and the retention sweep seek by index, however long the outbox grows.
@Suite struct TextMessageQueryPlanTests {
    @Test func theSenderSeeksDueMessagesWithoutASort() throws {
        let plan = try ReportQueryPlanTests.plan(TextMessageQueries.dueOutbox, [Int64(0), 20])
        #expect(plan == ["SEARCH outbox USING INDEX outbox_due (next_attempt_at<?)"], "\(plan)")
    }

    @Test func theBacklogIsCountedFromTheStatusIndex() throws {
        let plan = try ReportQueryPlanTests.plan(TextMessageQueries.outboxCount, ["pending"])
        #expect(plan == ["SEARCH outbox USING COVERING INDEX outbox_by_status (status=?)"], "\(plan)")
    }

    @Test func retentionSeeksByTime() throws {
        let replies = try ReportQueryPlanTests.plan(TextMessageQueries.forgetSettledReplies, [Int64(0)])
        #expect(replies == ["SEARCH outbox USING INDEX outbox_by_time (created_at<?)"], "\(replies)")
        let messages = try ReportQueryPlanTests.plan(TextMessageQueries.forgetMessages, [Int64(0)])
        #expect(ReportQueryPlanTests.fullScans(messages).isEmpty, "\(messages)")
    }
}
