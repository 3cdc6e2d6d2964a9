import LumbungCore

/// A web request refused before anything was written, with an Indonesian explanation.
struct WebRefusal: Error {
    /// The HTTP status.
    let status: Int
    /// What went wrong and what to do, in Indonesian.
    let message: String

    /// 403: the form does not carry this session's anti-forgery value, or came from another site.
    static let forgedForm = WebRefusal(
        status: 403,
        message: "Formulir ini kedaluwarsa atau tidak dikirim dari halaman Lumbung. Tidak ada yang disimpan. "
            + "Muat ulang halaman lalu coba lagi.")

    /// 415: the body is not a submitted HTML form.
    static let notAForm = WebRefusal(status: 415, message: "Kirim data melalui formulir di halaman ini.")

    /// 403: a shopkeeper's or assistant's token on the officers' dashboard.
    static func officersOnly(_ role: Role) -> WebRefusal {
        WebRefusal(status: 403, message: "Halaman ini untuk petugas dinas. Token Anda adalah token \(WebComponents.roleName(role)).")
    }

    /// 403: a token other than an assistant's on the assistants' page.
    static let assistantsOnly = WebRefusal(
        status: 403, message: "Halaman ini untuk pendamping koperasi. Buka Gerai atau Dinas sesuai token Anda.")
}
