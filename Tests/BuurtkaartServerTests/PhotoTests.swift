import BuurtkaartCore
@testable import BuurtkaartServer
import FluentKit
import Foundation
import NIOCore
import Testing
import Vapor
import VaporTesting

@Suite("Photos of actors")
struct PhotoTests {
    /// A valid 1×1 PNG with a tEXt chunk naming an author.
    static let pngWithAuthor: [UInt8] = {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let typeBytes = Array(type.utf8)
            let length = UInt32(data.count)
            var crcInput = typeBytes + data
            let crc = crc32(&crcInput)
            return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
                + typeBytes + data + [UInt8(crc >> 24), UInt8(crc >> 16 & 0xFF), UInt8(crc >> 8 & 0xFF), UInt8(crc & 0xFF)]
        }
        let header: [UInt8] = [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]
        // zlib stream of one filtered row (filter 0, one RGB pixel 255, 0, 0).
        let pixels: [UInt8] = [0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header)
            + chunk("tEXt", Array("Author\u{0}Secret Person".utf8)) + chunk("IDAT", pixels) + chunk("IEND", [])
    }()

    static func crc32(_ bytes: inout [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }

    @Test("an uploaded photo is stored without its metadata and shown to members only")
    func uploadAndShow() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let id = try #require(try await fixture.addActor("Park")["id"]?.stringValue)
            let upload = try await fixture.owner.send(.POST, "/api/v1/actors/\(id)/photos?caption=Het%20park",
                                                       headers: ["Content-Type": "image/png", "X-CSRF-Token": fixture.owner.csrfToken ?? ""],
                                                       body: ByteBuffer(bytes: Self.pngWithAuthor))
            #expect(upload.status == .created, "\(upload.body.string)")
            let url = try #require(upload.json["url"]?.stringValue)
            #expect(upload.json["caption"]?.stringValue == "Het park")
            #expect(upload.json["width"]?.numberValue == 1)
            let image = try await fixture.owner.send(.GET, url)
            #expect(image.headers.contentType?.description == "image/png")
            #expect(!image.body.string.contains("Secret Person"))
            #expect(image.body.readableBytes < Self.pngWithAuthor.count)
            let list = try await fixture.owner.api(.GET, "/api/v1/actors/\(id)/photos")
            #expect(list.json.arrayValue?.count == 1)
            let stranger = TestBrowser(app)
            try await stranger.signUp(email: "stranger@example.org")
            #expect(try await stranger.send(.GET, url).status == .notFound)
            let card = try await fixture.owner.send(.GET, "/actors/\(id)")
            #expect(card.body.string.contains(url))
            let photoID = try #require(upload.json["id"]?.stringValue)
            #expect(try await fixture.owner.api(.DELETE, "/api/v1/actors/\(id)/photos/\(photoID)").status == .noContent)
            #expect(try await fixture.owner.send(.GET, url).status == .notFound)
        }
    }

    @Test("what is not a JPEG, PNG or WebP image is refused with a message, and nothing is stored", arguments: [
        ("image/png", Array("not an image at all".utf8), 422),
        ("image/gif", Array("GIF89a".utf8), 422),
        ("text/plain", Array("hello".utf8), 415),
    ])
    func refusals(type: String, bytes: [UInt8], status: Int) async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let id = try #require(try await fixture.addActor("Park")["id"]?.stringValue)
            let response = try await fixture.owner.send(.POST, "/api/v1/actors/\(id)/photos",
                                                         headers: ["Content-Type": type, "X-CSRF-Token": fixture.owner.csrfToken ?? ""],
                                                         body: ByteBuffer(bytes: bytes))
            #expect(Int(response.status.code) == status)
            #expect(try await ActorPhotoModel.query(on: app.db).count() == 0)
        }
    }

    @Test("a viewer cannot add photos")
    func viewerCannotUpload() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(app)
            let id = try #require(try await fixture.addActor("Park")["id"]?.stringValue)
            let viewer = try await fixture.member(.viewer, email: "viewer@example.org")
            let response = try await viewer.send(.POST, "/api/v1/actors/\(id)/photos",
                                                  headers: ["Content-Type": "image/png", "X-CSRF-Token": viewer.csrfToken ?? ""],
                                                  body: ByteBuffer(bytes: Self.pngWithAuthor))
            #expect(response.status == .forbidden)
        }
    }
}
