import Testing

@Suite struct WebSessionTests {
    @Test func signInKeepsASessionInAStrictHttpOnlyCookie() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let answer = try app.submit("/masuk", [("token", world.shopkeeper), ("ke", "gerai")])
        #expect(answer.status == 303)
        #expect(answer.header("Location") == "/gerai")
        let cookie = try #require(answer.header("Set-Cookie"))
        #expect(cookie.hasPrefix("lumbung_sesi="))
        #expect(!cookie.contains(world.shopkeeper))
        for flag in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=2592000"] {
            #expect(cookie.contains(flag), "\(flag)")
        }
        #expect(!cookie.contains("Secure"))
        let officer = try app.submit("/masuk", [("token", world.officer), ("ke", "dinas")],
                                     headers: [("X-Forwarded-Proto", "https")])
        #expect(officer.header("Location") == "/dinas")
        #expect(officer.header("Set-Cookie")?.hasSuffix("; Secure") == true)
    }

    @Test func unknownOrMissingTokensAreExplainedInIndonesian() throws {
        let app = try TestApp()
        let unknown = try app.submit("/masuk", [("token", "lmb_bukan_token"), ("ke", "gerai")])
        #expect(unknown.status == 401)
        #expect(unknown.header("Set-Cookie") == nil)
        #expect(unknown.text.contains("Token tidak dikenal atau sudah dicabut."))
        let empty = try app.submit("/masuk", [("token", " "), ("ke", "dinas")])
        #expect(empty.status == 422)
        #expect(empty.text.contains("Isi token Anda."))
        #expect(empty.text.contains("Halaman untuk petugas dinas."))
        let foreign = try app.submit("/masuk", [("token", "x")], headers: [("Origin", "https://contoh.example")])
        #expect(foreign.status == 403)
        #expect(foreign.text.contains("Tidak ada yang disimpan."))
    }

    @Test func signOutForgetsTheCookieAndNeedsTheFormToken() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let cookie = try app.signIn(world.officer, to: "dinas")
        let page = try app.page("/dinas", cookie: cookie).text
        let formToken = try #require(TestApp.hiddenField("csrf", in: page))
        let forged = try app.submit("/keluar", [("csrf", "palsu")], cookie: cookie)
        #expect(forged.status == 403)
        #expect(forged.header("Set-Cookie") == nil)
        let out = try app.submit("/keluar", [("csrf", formToken)], cookie: cookie)
        #expect(out.status == 303)
        #expect(out.header("Location") == "/")
        let cleared = try #require(out.header("Set-Cookie"))
        #expect(cleared.hasPrefix("lumbung_sesi=;"))
        #expect(cleared.contains("Max-Age=0"))
        #expect(cleared.contains("HttpOnly"))
    }

    @Test func theCookieHoldsASessionOfItsOwnThatSigningOutEnds() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let cookie = try app.signIn(world.officer, to: "dinas")
        #expect(!cookie.contains(world.officer))
        let page = try app.page("/dinas", cookie: cookie).text
        let formToken = try #require(TestApp.hiddenField("csrf", in: page))
        #expect(try app.submit("/keluar", [("csrf", formToken)], cookie: cookie).status == 303)
        let replayed = try app.page("/dinas", cookie: cookie)
        #expect(!replayed.text.contains(formToken))
        #expect(replayed.text.contains("name=\"token\""))
        #expect(try app.request("GET", "/v1/alerts", token: world.officer).status == 200)
        let again = try app.signIn(world.officer, to: "dinas")
        #expect(again != cookie)
        #expect(try app.page("/dinas", cookie: again).status == 200)
    }

    @Test func aRevokedTokenEndsTheSession() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let officer = try app.makeToken(.officer, name: "Petugas yang dicabut", region: "63.71")
        let cookie = try app.signIn(officer, to: "dinas")
        #expect(try app.page("/dinas", cookie: cookie).status == 200)
        let tokens = try app.request("GET", "/v1/tokens?limit=500", token: world.admin)
        let index = try #require((0..<tokens.count("items")).first { tokens.string("items.\($0).name") == "Petugas yang dicabut" })
        let id = try #require(tokens.string("items.\(index).id"))
        #expect(try app.request("DELETE", "/v1/tokens/\(id)", token: world.admin).status == 204)
        let page = try app.page("/dinas", cookie: cookie)
        #expect(page.status == 401)
        #expect(page.text.contains("Sesi berakhir karena token sudah dicabut."))
        #expect(page.header("Set-Cookie")?.contains("Max-Age=0") == true)
    }
}
