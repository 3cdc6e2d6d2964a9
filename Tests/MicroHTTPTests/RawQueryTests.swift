import HTTPTestClient
import MicroHTTP
import Testing

/// A handler sees the query string exactly as it arrived, beside the decoded parameters.
@Suite struct RawQueryTests {
    @Test func theRawQueryArrivesUndecodedAndIsNotCarriedToTheNextRequest() throws {
        let test = try TestServer { router in
            router.add("GET", "/raw") { request in
                .json(.object([("raw", request.rawQuery.map { .string($0) } ?? .null),
                               ("b", request.query["b"].map { .string($0) } ?? .null)]))
            }
        }
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port)  // one kept-alive connection for every request
        let first = try connection.request("GET", "/raw?a=1&b=%41%20c")
        #expect(first.text == #"{"raw":"a=1&b=%41%20c","b":"A c"}"#)
        let none = try connection.request("GET", "/raw")
        #expect(none.text == #"{"raw":null,"b":null}"#)
        let other = try connection.request("GET", "/raw?b=x")
        #expect(other.text == #"{"raw":"b=x","b":"x"}"#)
        #expect(try connection.request("GET", "/raw").text == #"{"raw":null,"b":null}"#)
    }

    @Test func aRequestMadeByHandHasNoRawQuery() {
        #expect(Request(method: "GET", path: "/raw", query: ["b": "x"]).rawQuery == nil)
    }
}
