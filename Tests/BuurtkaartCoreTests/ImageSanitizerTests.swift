import Foundation
import Testing
@testable import BuurtkaartCore

@Suite("Photo metadata removal")
struct ImageSanitizerTests {
    func sanitize(_ bytes: [UInt8]) throws(ImageSanitizer.Problem) -> SanitizedImage {
        try ImageSanitizer.sanitize(Data(bytes))
    }

    // MARK: Formats, problems, checksum

    @Test("each format is served with its own media type", arguments: [
        (SanitizedImage.Format.jpeg, "image/jpeg"), (.png, "image/png"), (.webp, "image/webp"),
    ])
    func mimeType(format: SanitizedImage.Format, expected: String) {
        #expect(format.mimeType == expected)
    }

    @Test("each problem names its key in the localisation table", arguments: [
        (ImageSanitizer.Problem.empty, "error.photo.empty"),
        (.tooLarge(bytes: 6_000_000), "error.photo.tooLarge"),
        (.unsupportedFormat, "error.photo.format"),
        (.malformed, "error.photo.malformed"),
        (.dimensionsTooLarge(width: 20_000, height: 10), "error.photo.dimensions"),
    ])
    func messageKey(problem: ImageSanitizer.Problem, key: String) {
        #expect(problem.messageKey == key)
    }

    @Test("the CRC-32 gives the published check values", arguments: [
        ("", UInt32(0)),
        ("123456789", 0xCBF4_3926),
        ("IEND", 0xAE42_6082),
        ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
    ])
    func crc(text: String, expected: UInt32) {
        #expect(ImageSanitizer.crc32(Array(text.utf8)) == expected)
    }

    @Test("the PNG fixture builder writes the chunk a PNG encoder writes")
    func pngChunkBuilder() {
        #expect(Fixture.pngChunk("IEND", []) == [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
    }

    // MARK: PNG

    @Test("a PNG without metadata comes back byte for byte with its size")
    func cleanPNG() throws {
        let image = try sanitize(Fixture.png())
        #expect(image == SanitizedImage(format: .png, width: 3, height: 2, data: Data(Fixture.png())))
    }

    @Test("text, Exif and time chunks leave a PNG and nothing else changes", arguments: [
        Fixture.pngChunk("tEXt", Fixture.ascii("Author\0Jan Peeters")),
        Fixture.pngChunk("zTXt", Fixture.ascii("Comment\0\0") + [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]),
        Fixture.pngChunk("iTXt", Fixture.ascii("Author\0\0\0nl\0Auteur\0Jan Peeters")),
        Fixture.pngChunk("eXIf", Fixture.tiff),
        Fixture.pngChunk("tIME", [0x07, 0xE9, 3, 14, 9, 30, 0]),
    ])
    func pngMetadataRemoved(chunk: [UInt8]) throws {
        let image = try sanitize(Fixture.png(before: [chunk], after: [chunk]))
        #expect(image.data == Data(Fixture.png()))
    }

    @Test("an author and a GPS position in a PNG are gone from the stored bytes")
    func pngAuthorGone() throws {
        let marked = Fixture.png(before: [
            Fixture.pngChunk("tEXt", Fixture.ascii("Author\0Jan Peeters")),
            Fixture.pngChunk("eXIf", Fixture.tiff),
        ])
        let stored = [UInt8](try sanitize(marked).data)
        #expect(stored == Fixture.png())
        #expect(!Fixture.contains(stored, "Jan Peeters"))
        #expect(!Fixture.contains(stored, Fixture.gpsMarker))
    }

    @Test("colour, physical size, background, animation and unknown chunks stay in a PNG", arguments: [
        Fixture.pngChunk("gAMA", [0, 0, 0xB1, 0x8F]),
        Fixture.pngChunk("cHRM", Array(repeating: 1, count: 32)),
        Fixture.pngChunk("sRGB", [0]),
        Fixture.pngChunk("iCCP", Fixture.ascii("sRGB\0\0") + [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]),
        Fixture.pngChunk("pHYs", [0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1]),
        Fixture.pngChunk("bKGD", [0, 0xFF, 0, 0xFF, 0, 0xFF]),
        Fixture.pngChunk("acTL", [0, 0, 0, 1, 0, 0, 0, 0]),
        Fixture.pngChunk("vpAg", [0, 0, 0, 3, 0, 0, 0, 2, 0]),
    ])
    func pngKept(chunk: [UInt8]) throws {
        let original = Fixture.png(before: [chunk])
        #expect(try sanitize(original).data == Data(original))
    }

    @Test("bytes after IEND are not stored")
    func pngTrailer() throws {
        let image = try sanitize(Fixture.png() + Fixture.ascii("GPS 50.85N hidden after the end"))
        #expect(image.data == Data(Fixture.png()))
    }

    // MARK: JPEG

    @Test("a JPEG without metadata keeps its segments and scan and reads 640×480 from SOF0")
    func cleanJPEG() throws {
        let image = try sanitize(Fixture.cleanJPEG)
        #expect(image == SanitizedImage(format: .jpeg, width: 640, height: 480, data: Data(Fixture.cleanJPEG)))
    }

    @Test("Exif with a GPS position and camera serial is gone from a JPEG")
    func jpegExifGone() throws {
        let marked = Fixture.jpeg([Fixture.jfif, Fixture.exif, Fixture.dqt, Fixture.sof(), Fixture.dht, Fixture.sos, Fixture.scan])
        let image = try sanitize(marked)
        let stored = [UInt8](image.data)
        #expect(stored == Fixture.cleanJPEG)
        #expect(!Fixture.contains(stored, "Exif"))
        #expect(!Fixture.contains(stored, Fixture.gpsMarker))
        #expect((image.width, image.height) == (640, 480))
    }

    @Test("Exif, XMP, Photoshop/IPTC, comments and vendor blocks leave a JPEG", arguments: [
        Fixture.exif,
        Fixture.jpegSegment(0xE1, Fixture.ascii("http://ns.adobe.com/xap/1.0/\0<dc:creator>Jan Peeters</dc:creator>")),
        Fixture.jpegSegment(0xE2, Fixture.ascii("MPF\0") + [0x4D, 0x4D, 0x00, 0x2A]),
        Fixture.jpegSegment(0xE3, Fixture.ascii("Meta\0serial CAM-0042")),
        Fixture.jpegSegment(0xED, Fixture.ascii("Photoshop 3.0\08BIM\u{04}\u{04}by-line Jan Peeters")),
        Fixture.jpegSegment(0xEF, Fixture.ascii("vendor notes")),
        Fixture.jpegSegment(0xFE, Fixture.ascii("taken at Groot Eiland by Jan Peeters")),
        Fixture.jpegSegment(0xE0, Fixture.ascii("JFXX\0\u{10}thumbnail")),
    ])
    func jpegMetadataRemoved(segment: [UInt8]) throws {
        let marked = Fixture.jpeg([Fixture.jfif, segment, Fixture.dqt, Fixture.sof(), segment, Fixture.dht, Fixture.sos, Fixture.scan])
        #expect(try sanitize(marked).data == Data(Fixture.cleanJPEG))
    }

    @Test("an ICC colour profile, the Adobe colour transform and the restart interval stay in a JPEG", arguments: [
        Fixture.jpegSegment(0xE2, Fixture.ascii("ICC_PROFILE\0") + [1, 1] + Array(repeating: 0x42, count: 40)),
        Fixture.jpegSegment(0xEE, Fixture.ascii("Adobe") + [0, 100, 0, 0, 0, 0, 1]),
        Fixture.jpegSegment(0xDD, [0, 4]),
    ])
    func jpegKept(segment: [UInt8]) throws {
        let original = Fixture.jpeg([Fixture.jfif, segment, Fixture.dqt, Fixture.sof(), Fixture.dht, Fixture.sos, Fixture.scan])
        #expect(try sanitize(original).data == Data(original))
    }

    @Test("the size is read from every kind of start-of-frame marker", arguments: [
        0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF,
    ] as [UInt8])
    func jpegFrameKinds(marker: UInt8) throws {
        let image = try sanitize(Fixture.jpeg([Fixture.dqt, Fixture.sof(marker, width: 123, height: 45), Fixture.dht, Fixture.sos, Fixture.scan]))
        #expect((image.width, image.height) == (123, 45))
    }

    @Test("fill bytes, stuffed bytes, restart markers and a second progressive scan pass through")
    func jpegScanDetails() throws {
        let scan: [UInt8] = [0x01, 0xFF, 0x00, 0x02, 0xFF, 0xD0, 0x03, 0xFF, 0xFF, 0xD1, 0x04, 0xFF, 0xFF]
        let original = Fixture.jpeg([
            Fixture.jfif, [0xFF], Fixture.dqt, Fixture.dht, Fixture.sof(0xC2), Fixture.sos, scan,
            Fixture.dht, Fixture.sos, [0x05, 0x06],
        ])
        let marked = Fixture.jpeg([
            Fixture.jfif, [0xFF], Fixture.dqt, [0xFF, 0xFF], Fixture.exif, Fixture.dht, Fixture.sof(0xC2), Fixture.sos, scan,
            Fixture.dht, Fixture.sos, [0x05, 0x06],
        ])
        let image = try sanitize(marked)
        #expect(image.data == Data(original))
        #expect((image.width, image.height) == (640, 480))
    }

    @Test("a thumbnail inside the JFIF header is removed")
    func jfifThumbnail() throws {
        let withThumbnail = Fixture.jpegSegment(0xE0, Fixture.ascii("JFIF\0") + [1, 2, 1, 0, 72, 0, 72, 1, 1, 0xAA, 0xBB, 0xCC])
        let image = try sanitize(Fixture.jpeg([withThumbnail, Fixture.dqt, Fixture.sof(), Fixture.dht, Fixture.sos, Fixture.scan]))
        let header = Fixture.jpegSegment(0xE0, Fixture.ascii("JFIF\0") + [1, 2, 1, 0, 72, 0, 72, 0, 0])
        #expect(image.data == Data(Fixture.jpeg([header, Fixture.dqt, Fixture.sof(), Fixture.dht, Fixture.sos, Fixture.scan])))
    }

    @Test("bytes after EOI, such as a second picture or a phone's trailer, are not stored")
    func jpegTrailer() throws {
        let image = try sanitize(Fixture.cleanJPEG + [0xFF, 0xD8, 0xFF, 0xE1] + Fixture.ascii("SEFT GPS 50.85N"))
        #expect(image.data == Data(Fixture.cleanJPEG))
    }

    // MARK: WebP

    @Test("EXIF and XMP leave an extended WebP, their flags are cleared and the RIFF size is rewritten")
    func webpExtended() throws {
        let iccp = Fixture.riffChunk("ICCP", Array(repeating: 0x42, count: 20))
        let marked = Fixture.webp([
            Fixture.vp8x(flags: 0x20 | 0x10 | 0x08 | 0x04, width: 300, height: 200), iccp,
            Fixture.riffChunk("ALPH", [0, 1, 2]), Fixture.vp8(width: 300, height: 200),
            Fixture.riffChunk("EXIF", Fixture.tiff), Fixture.riffChunk("XMP ", Fixture.ascii("<dc:creator>Jan Peeters</dc:creator>")),
        ])
        let image = try sanitize(marked)
        let stored = [UInt8](image.data)
        #expect(stored == Fixture.webp([
            Fixture.vp8x(flags: 0x20 | 0x10, width: 300, height: 200), iccp,
            Fixture.riffChunk("ALPH", [0, 1, 2]), Fixture.vp8(width: 300, height: 200),
        ]))
        #expect(!Fixture.contains(stored, "EXIF") && !Fixture.contains(stored, "XMP "))
        #expect(!Fixture.contains(stored, Fixture.gpsMarker) && !Fixture.contains(stored, "Jan Peeters"))
        #expect(stored[20] == 0x30)
        #expect(Int(stored[4]) | Int(stored[5]) << 8 | Int(stored[6]) << 16 | Int(stored[7]) << 24 == stored.count - 8)
        #expect((image.format, image.width, image.height) == (.webp, 300, 200))
    }

    @Test("a lossless WebP keeps its bytes and reads its 14-bit size")
    func webpLossless() throws {
        let original = Fixture.webp([Fixture.vp8l(width: 4000, height: 3000)])
        let image = try sanitize(original)
        #expect(image == SanitizedImage(format: .webp, width: 4000, height: 3000, data: Data(original)))
    }

    @Test("a lossy WebP reads its size after the start code, ignoring the scaling bits")
    func webpLossy() throws {
        var frame = Fixture.vp8(width: 640, height: 480)
        frame[15] |= 0x40
        frame[17] |= 0x80
        let image = try sanitize(Fixture.webp([frame]))
        #expect((image.width, image.height) == (640, 480))
    }

    @Test("an animated WebP keeps its frames and loses its EXIF")
    func webpAnimated() throws {
        let anim = Fixture.riffChunk("ANIM", [0, 0, 0, 0, 0, 0])
        let frame = Fixture.riffChunk("ANMF", Array(repeating: 0, count: 16) + Fixture.vp8l(width: 10, height: 10))
        let image = try sanitize(Fixture.webp([Fixture.vp8x(flags: 0x02 | 0x08, width: 10, height: 10), anim, frame, Fixture.riffChunk("EXIF", Fixture.tiff)]))
        #expect(image.data == Data(Fixture.webp([Fixture.vp8x(flags: 0x02, width: 10, height: 10), anim, frame])))
    }

    @Test("bytes after the RIFF container are not stored")
    func webpTrailer() throws {
        let original = Fixture.webp([Fixture.vp8l(width: 2, height: 2)])
        #expect(try sanitize(original + Fixture.ascii("GPS 50.85N")).data == Data(original))
    }

    // MARK: Every format

    @Test("sanitising stored bytes again changes nothing", arguments: [
        Fixture.png(before: [Fixture.pngChunk("tEXt", Fixture.ascii("Author\0Jan Peeters"))]),
        Fixture.jpeg([Fixture.jfif, Fixture.exif, Fixture.dqt, Fixture.sof(), Fixture.dht, Fixture.sos, Fixture.scan]),
        Fixture.webp([Fixture.vp8x(flags: 0x08, width: 2, height: 2), Fixture.vp8l(width: 2, height: 2), Fixture.riffChunk("EXIF", Fixture.tiff)]),
    ])
    func idempotent(bytes: [UInt8]) throws {
        let once = try sanitize(bytes)
        #expect(try ImageSanitizer.sanitize(once.data) == once)
    }

    @Test("damaged, empty and foreign files are refused with the reason", arguments: Refusal.all)
    func refused(refusal: Refusal) {
        #expect(throws: refusal.problem) { try sanitize(refusal.bytes) }
    }

    @Test("more than 5 MiB is refused before the bytes are read")
    func tooManyBytes() {
        let bytes = Fixture.png() + Array(repeating: 0, count: ImageSanitizer.maximumBytes)
        #expect(throws: ImageSanitizer.Problem.tooLarge(bytes: bytes.count)) { try sanitize(bytes) }
        let unknown = Array(repeating: UInt8(0x20), count: ImageSanitizer.maximumBytes + 1)
        #expect(throws: ImageSanitizer.Problem.tooLarge(bytes: ImageSanitizer.maximumBytes + 1)) { try sanitize(unknown) }
    }

    @Test("exactly 5 MiB is accepted")
    func bytesAtLimit() throws {
        let png = Fixture.png()
        let image = try sanitize(png + Array(repeating: 0, count: ImageSanitizer.maximumBytes - png.count))
        #expect(image.data == Data(png))
    }

    @Test("a side longer than 12000 pixels is refused", arguments: [
        (Fixture.png(width: 20_000, height: 10), ImageSanitizer.Problem.dimensionsTooLarge(width: 20_000, height: 10)),
        (Fixture.png(width: 10, height: 12_001), .dimensionsTooLarge(width: 10, height: 12_001)),
        (Fixture.jpeg([Fixture.dqt, Fixture.sof(width: 640, height: 12_001), Fixture.dht, Fixture.sos, Fixture.scan]),
         .dimensionsTooLarge(width: 640, height: 12_001)),
        (Fixture.webp([Fixture.vp8l(width: 16_000, height: 2)]), .dimensionsTooLarge(width: 16_000, height: 2)),
        (Fixture.webp([Fixture.vp8x(flags: 0, width: 12_001, height: 1), Fixture.vp8(width: 12_001, height: 1)]),
         .dimensionsTooLarge(width: 12_001, height: 1)),
    ])
    func tooManyPixels(bytes: [UInt8], problem: ImageSanitizer.Problem) {
        #expect(throws: problem) { try sanitize(bytes) }
    }

    @Test("a side of exactly 12000 pixels is accepted")
    func pixelsAtLimit() throws {
        let image = try sanitize(Fixture.png(width: 12_000, height: 12_000))
        #expect((image.width, image.height) == (12_000, 12_000))
    }
}

/// A file the sanitizer must refuse, and the reason it must give.
struct Refusal: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    let problem: ImageSanitizer.Problem

    var testDescription: String { name }

    static let all: [Refusal] = {
        let png = Fixture.png()
        var badCRC = png
        badCRC[png.count - 20] ^= 0x01
        let jpeg = Fixture.cleanJPEG
        let webp = Fixture.webp([Fixture.vp8l(width: 2, height: 2)])
        var wrongSignature = webp
        wrongSignature[20] = 0x2E
        var notKeyFrame = Fixture.vp8(width: 2, height: 2)
        notKeyFrame[8] |= 0x01
        var noStartCode = Fixture.vp8(width: 2, height: 2)
        noStartCode[11] = 0x00
        let idat = Fixture.pngChunk("IDAT", Fixture.idatStream), iend = Fixture.pngChunk("IEND", [])
        return [
            Refusal(name: "empty data", bytes: [], problem: .empty),
            Refusal(name: "a text file", bytes: Fixture.ascii("Notities over de buurt\n"), problem: .unsupportedFormat),
            Refusal(name: "a GIF", bytes: Fixture.ascii("GIF89a") + [1, 0, 1, 0, 0, 0, 0, 0x3B], problem: .unsupportedFormat),
            Refusal(name: "a RIFF sound file", bytes: Fixture.ascii("RIFF") + [4, 0, 0, 0] + Fixture.ascii("WAVE"), problem: .unsupportedFormat),
            Refusal(name: "an HTML page named .png", bytes: Fixture.ascii("<html><img src=x></html>"), problem: .unsupportedFormat),
            Refusal(name: "a PNG signature alone", bytes: ImageSanitizer.pngSignature, problem: .malformed),
            Refusal(name: "a PNG cut in its IDAT", bytes: Array(png.prefix(45)), problem: .malformed),
            Refusal(name: "a PNG cut before IEND", bytes: Array(png.dropLast(12)), problem: .malformed),
            Refusal(name: "a PNG with a wrong CRC", bytes: badCRC, problem: .malformed),
            Refusal(name: "a PNG whose first chunk is not IHDR",
                    bytes: ImageSanitizer.pngSignature + Fixture.pngChunk("gAMA", [0, 0, 0xB1, 0x8F]) + Fixture.ihdr() + idat + iend,
                    problem: .malformed),
            Refusal(name: "a PNG without IHDR", bytes: ImageSanitizer.pngSignature + idat + iend, problem: .malformed),
            Refusal(name: "a PNG without IDAT", bytes: ImageSanitizer.pngSignature + Fixture.ihdr() + iend, problem: .malformed),
            Refusal(name: "a PNG with two IHDR", bytes: Fixture.png(before: [Fixture.ihdr()]), problem: .malformed),
            Refusal(name: "a PNG with an impossible bit depth",
                    bytes: ImageSanitizer.pngSignature + Fixture.pngChunk("IHDR", [0, 0, 0, 3, 0, 0, 0, 2, 3, 2, 0, 0, 0]) + idat + iend,
                    problem: .malformed),
            Refusal(name: "a PNG of zero pixels", bytes: Fixture.png(width: 0, height: 2), problem: .malformed),
            Refusal(name: "a JPEG without SOS", bytes: Fixture.jpeg([Fixture.jfif, Fixture.dqt, Fixture.sof(), Fixture.dht]), problem: .malformed),
            Refusal(name: "a JPEG without SOF", bytes: Fixture.jpeg([Fixture.jfif, Fixture.dqt, Fixture.dht, Fixture.sos, Fixture.scan]),
                    problem: .malformed),
            Refusal(name: "a JPEG cut in its scan", bytes: Array(jpeg.dropLast(2)), problem: .malformed),
            Refusal(name: "a JPEG cut in a segment", bytes: Array(jpeg.prefix(30)), problem: .malformed),
            Refusal(name: "a JPEG of three bytes", bytes: [0xFF, 0xD8, 0xFF], problem: .malformed),
            Refusal(name: "a JPEG segment longer than the file", bytes: [0xFF, 0xD8, 0xFF, 0xE1, 0x7F, 0xFF] + Fixture.ascii("Exif"),
                    problem: .malformed),
            Refusal(name: "a JPEG with bytes between segments", bytes: Fixture.jpeg([Fixture.jfif, [0x00], Fixture.dqt, Fixture.sof(), Fixture.dht, Fixture.sos, Fixture.scan]),
                    problem: .malformed),
            Refusal(name: "a JPEG frame header with a wrong length",
                    bytes: Fixture.jpeg([Fixture.dqt, Fixture.jpegSegment(0xC0, [8, 0, 2, 0, 2, 3, 1, 0x11, 0]), Fixture.dht, Fixture.sos, Fixture.scan]),
                    problem: .malformed),
            Refusal(name: "a WebP cut short", bytes: Array(webp.dropLast(4)), problem: .malformed),
            Refusal(name: "a WebP chunk longer than its container",
                    bytes: Fixture.ascii("RIFF") + [16, 0, 0, 0] + Fixture.ascii("WEBPVP8L") + [0x40, 0, 0, 0, 0x2F, 0, 0, 0],
                    problem: .malformed),
            Refusal(name: "a WebP with no chunks", bytes: Fixture.webp([]), problem: .malformed),
            Refusal(name: "a WebP starting with EXIF", bytes: Fixture.webp([Fixture.riffChunk("EXIF", Fixture.tiff), Fixture.vp8l(width: 2, height: 2)]),
                    problem: .malformed),
            Refusal(name: "an extended WebP without an image", bytes: Fixture.webp([Fixture.vp8x(flags: 0, width: 2, height: 2)]), problem: .malformed),
            Refusal(name: "an extended WebP whose canvas differs from its image",
                    bytes: Fixture.webp([Fixture.vp8x(flags: 0, width: 100, height: 100), Fixture.vp8l(width: 50, height: 50)]),
                    problem: .malformed),
            Refusal(name: "a WebP with two images", bytes: Fixture.webp([Fixture.vp8l(width: 2, height: 2), Fixture.vp8l(width: 2, height: 2)]),
                    problem: .malformed),
            Refusal(name: "a lossless WebP without its signature byte", bytes: wrongSignature, problem: .malformed),
            Refusal(name: "a lossy WebP that is not a key frame", bytes: Fixture.webp([notKeyFrame]), problem: .malformed),
            Refusal(name: "a lossy WebP without its start code", bytes: Fixture.webp([noStartCode]), problem: .malformed),
        ]
    }()
}

/// Builders for small PNG, JPEG and WebP files, so the tests need no binary fixtures.
enum Fixture {
    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func bigEndian(_ value: Int, bytes: Int) -> [UInt8] {
        (0..<bytes).reversed().map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }

    static func littleEndian(_ value: Int, bytes: Int) -> [UInt8] {
        (0..<bytes).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }

    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let needle = ascii(needle)
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    static let gpsMarker = "GPS 50.8510N 4.3355E"

    /// A big-endian TIFF header as Exif writes it, followed by a recognisable position and serial.
    static let tiff: [UInt8] = [0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8] + ascii("\(gpsMarker) serial CAM-0042")

    // MARK: PNG

    static func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = ascii(type) + data
        return bigEndian(data.count, bytes: 4) + body + bigEndian(Int(ImageSanitizer.crc32(body)), bytes: 4)
    }

    static func ihdr(width: Int = 3, height: Int = 2) -> [UInt8] {
        pngChunk("IHDR", bigEndian(width, bytes: 4) + bigEndian(height, bytes: 4) + [8, 2, 0, 0, 0])
    }

    /// The zlib stream of a 3×2 RGB image (red, green, blue / white, grey, black), made with
    /// Python's `zlib.compress(rows, 9)`.
    static let idatStream: [UInt8] = [
        0x78, 0xDA, 0x63, 0xF8, 0xCF, 0xC0, 0xC0, 0x00, 0xC1, 0xFF, 0xFF, 0xFF,
        0x6F, 0x68, 0x68, 0x00, 0x32, 0x01, 0x4C, 0x4F, 0x07, 0x7B,
    ]

    /// A PNG with `before` chunks after IHDR and `after` chunks after IDAT.
    static func png(width: Int = 3, height: Int = 2, before: [[UInt8]] = [], after: [[UInt8]] = []) -> [UInt8] {
        ImageSanitizer.pngSignature + ihdr(width: width, height: height) + before.joined()
            + pngChunk("IDAT", idatStream) + after.joined() + pngChunk("IEND", [])
    }

    // MARK: JPEG

    static func jpegSegment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        [0xFF, marker] + bigEndian(payload.count + 2, bytes: 2) + payload
    }

    /// SOI, the given segments and bytes, EOI.
    static func jpeg(_ parts: [[UInt8]]) -> [UInt8] { [0xFF, 0xD8] + parts.joined() + [0xFF, 0xD9] }

    static let jfif = jpegSegment(0xE0, ascii("JFIF\0") + [1, 1, 0, 0, 1, 0, 1, 0, 0])
    static let exif = jpegSegment(0xE1, ascii("Exif\0\0") + tiff)
    static let dqt = jpegSegment(0xDB, [0] + Array(repeating: 1, count: 64))
    static let dht = jpegSegment(0xC4, [0x00, 0, 1] + Array(repeating: 0, count: 14) + [0])
    static let sos = jpegSegment(0xDA, [3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0])
    static let scan: [UInt8] = [0x12, 0x34, 0xFF, 0x00, 0x56, 0x78]

    static func sof(_ marker: UInt8 = 0xC0, width: Int = 640, height: Int = 480) -> [UInt8] {
        jpegSegment(marker, [8] + bigEndian(height, bytes: 2) + bigEndian(width, bytes: 2) + [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
    }

    static let cleanJPEG = jpeg([jfif, dqt, sof(), dht, sos, scan])

    // MARK: WebP

    /// A RIFF chunk, padded to an even size.
    static func riffChunk(_ fourCC: String, _ payload: [UInt8]) -> [UInt8] {
        ascii(fourCC) + littleEndian(payload.count, bytes: 4) + payload + (payload.count % 2 == 1 ? [0] : [])
    }

    static func webp(_ chunks: [[UInt8]]) -> [UInt8] {
        let body = ascii("WEBP") + chunks.joined()
        return ascii("RIFF") + littleEndian(body.count, bytes: 4) + body
    }

    static func vp8x(flags: UInt8, width: Int, height: Int) -> [UInt8] {
        riffChunk("VP8X", [flags, 0, 0, 0] + littleEndian(width - 1, bytes: 3) + littleEndian(height - 1, bytes: 3))
    }

    /// A lossless image header (its pixels are not real), with an odd size to need padding.
    static func vp8l(width: Int, height: Int) -> [UInt8] {
        riffChunk("VP8L", [0x2F] + littleEndian((width - 1) | (height - 1) << 14, bytes: 4) + [0x07, 0x10, 0x00, 0x00])
    }

    /// A lossy key frame header: frame tag (key frame, shown, first partition of 1 byte),
    /// start code, size (its pixels are not real).
    static func vp8(width: Int, height: Int) -> [UInt8] {
        riffChunk("VP8 ", [0x30, 0x00, 0x00, 0x9D, 0x01, 0x2A] + littleEndian(width, bytes: 2) + littleEndian(height, bytes: 2) + [0x00, 0x00])
    }
}
