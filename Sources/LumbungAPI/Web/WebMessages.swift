import LumbungCore
import MicroHTTP

/// Indonesian explanations of refused requests, for people using the web pages.
enum WebMessages {
    /// The status and explanation of `error`; nil for an error that is not a refusal (a bug).
    static func explain(_ error: any Error, unit: String = "") -> (status: Int, message: String)? {
        if let refusal = error as? WebRefusal { return (refusal.status, refusal.message) }
        if let rejected = error as? MovementRejected { return explain(rejected.reason, unit: unit) }
        if let failure = error as? any StorageFailure, let reason = failure.unavailability {
            return (503, storageMessage(reason))
        }
        if let problem = error as? Problem {
            return (problem.status, "Permintaan tidak dapat diproses. Muat ulang halaman lalu coba lagi.")
        }
        guard let error = error as? DomainError else { return nil }
        switch error {
        case .invalid(let fields):
            var seen: Set<String> = []
            let messages = fields.filter { seen.insert($0.field).inserted }.map { field($0.field) }
            return (422, messages.joined(separator: " ") + " Tidak ada yang disimpan.")
        case .insufficientStock(let available):
            return (409, "Stok tidak cukup: hanya ada \(IndonesianFormat.quantity(available, unit: unit)). "
                    + "Tidak ada yang disimpan.")
        case .notFound:
            return (404, "Data yang diminta tidak ditemukan.")
        case .conflict:
            return (409, "Data ini baru saja berubah. Muat ulang halaman lalu coba lagi.")
        case .forbidden:
            return (403, "Token Anda tidak berhak melakukan ini.")
        case .unauthenticated:
            return (401, "Token tidak dikenal atau sudah dicabut. Silakan masuk lagi.")
        case .idempotencyKeyReused:
            return (422, "Formulir ini sudah pernah dikirim dengan isi lain. Muat ulang halaman lalu isi lagi.")
        }
    }

    /// Why nothing could be saved (or read) just now, and what to do.
    static func storageMessage(_ reason: StorageUnavailability) -> String {
        switch reason {
        case .overBudget:
            return "Data terlalu banyak untuk ditampilkan sekarang. Coba lagi beberapa saat lagi."
        case .full, .readOnly, .ioError, .unreachable:
            return "Penyimpanan data sedang bermasalah, jadi tidak ada yang disimpan. "
                + "Coba kirim lagi beberapa menit lagi; bila tetap gagal, hubungi petugas dinas."
        }
    }

    /// What to fix in a form field, by its name.
    static func field(_ name: String) -> String {
        switch name {
        case "commodity": return "Pilih barang dari daftar."
        case "kind": return "Pilih jenis catatan: barang masuk, terjual, hitung stok, atau koreksi."
        case "quantity":
            return "Isi jumlah dengan angka, paling banyak 3 angka di belakang koma: lebih dari 0 untuk barang "
                + "masuk dan terjual, 0 atau lebih untuk hitung stok, bukan 0 untuk koreksi."
        case "price": return "Isi harga dalam Rupiah sebagai angka bulat lebih dari 0, misalnya 18500."
        case "note": return "Tulis alasan koreksi di catatan (paling banyak 500 huruf, tanpa karakter kendali)."
        case "lowThreshold": return "Isi batas stok menipis dengan angka 0 atau lebih."
        default: return "Isian \(name) tidak sah."
        }
    }
}
