#include "update/Manifest.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

#include "update/Crypto.h"

namespace mc {
namespace {

using nlohmann::json;

json signedPart(const Manifest& m) {
    json files = json::array();
    for (const auto& f : m.files) files.push_back({{"path", f.path}, {"size", f.size}, {"sha256", f.sha256}});
    return {{"format", m.format}, {"pack_id", m.packId}, {"version", m.version}, {"created", m.created},
            {"files", std::move(files)}};
}

bool segmentCharOk(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-';
}

bool packIdOk(std::string_view id) {
    if (id.empty() || id.size() > 100) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_')) return false;
    return true;
}

// Reads the signed part into a Manifest; type errors become messages, not exceptions.
Result<Manifest> fromSignedJson(const json& s) {
    if (!s.is_object()) return Error{"\"signed\" is not an object"};
    auto integer = [&](const char* key) -> Result<int64_t> {
        if (!s.contains(key) || !s[key].is_number_integer()) return Error{std::string("\"") + key + "\" must be an integer"};
        return s[key].get<int64_t>();
    };
    auto text = [&](const json& obj, const char* key) -> Result<std::string> {
        if (!obj.contains(key) || !obj[key].is_string()) return Error{std::string("\"") + key + "\" must be a string"};
        return obj[key].get<std::string>();
    };
    Manifest m;
    auto format = integer("format");
    if (!format) return format.error();
    if (*format != kManifestFormat)
        return Error{"manifest format " + std::to_string(*format) + " is not supported (this mirror reads format " +
                     std::to_string(kManifestFormat) + "; update the app)"};
    m.format = static_cast<int>(*format);
    auto version = integer("version");
    if (!version) return version.error();
    m.version = *version;
    auto id = text(s, "pack_id");
    if (!id) return id.error();
    m.packId = *id;
    auto created = text(s, "created");
    if (!created) return created.error();
    m.created = *created;
    if (!s.contains("files") || !s["files"].is_array()) return Error{"\"files\" must be an array"};
    for (std::size_t i = 0; i < s["files"].size(); ++i) {
        const json& f = s["files"][i];
        const std::string where = "files[" + std::to_string(i) + "]: ";
        if (!f.is_object()) return Error{where + "not an object"};
        auto path = text(f, "path");
        auto hash = text(f, "sha256");
        if (!path) return Error{where + path.error().message};
        if (!hash) return Error{where + hash.error().message};
        if (!f.contains("size") || !f["size"].is_number_unsigned())
            return Error{where + "\"size\" must be a non-negative integer"};
        m.files.push_back({*path, f["size"].get<uint64_t>(), *hash});
    }
    return m;
}

// A manifest nests 4 levels deep; a hostile one nested 100,000 deep would overflow the
// stack in dump() (the signature check serialises "signed"). Parsed or refused whole.
constexpr int kMaxManifestDepth = 16;

json parseManifestJson(std::string_view text) {
    bool tooDeep = false;
    json doc = json::parse(
        text,
        [&tooDeep](int depth, json::parse_event_t, json&) {
            tooDeep = tooDeep || depth > kMaxManifestDepth;
            return !tooDeep;
        },
        /*allow_exceptions=*/false);
    return tooDeep ? json(json::value_t::discarded) : doc;
}

}  // namespace

Status checkPackPath(std::string_view path) {
    const std::string quoted = "path \"" + std::string(path.substr(0, 80)) + "\"";
    if (path.empty()) return Error{"empty path"};
    if (path.size() > 200) return Error{quoted + " is longer than 200 characters"};
    if (path.front() == '/') return Error{quoted + " is absolute"};
    int depth = 0;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        std::string_view segment = path.substr(start, end - start);
        if (segment.empty()) return Error{quoted + " has an empty segment"};
        if (segment == "..") return Error{quoted + " leaves the pack (\"..\")"};
        if (segment.front() == '.') return Error{quoted + " has a segment starting with '.'"};
        for (char c : segment)
            if (!segmentCharOk(c))
                return Error{quoted + " has a character outside A-Z a-z 0-9 . _ - (code " +
                             std::to_string(static_cast<unsigned char>(c)) + ")"};
        if (++depth > 8) return Error{quoted + " is nested deeper than 8 levels"};
        start = end + 1;
    }
    return success();
}

std::string canonicalSignedBytes(const Manifest& manifest) { return signedPart(manifest).dump(); }

std::string manifestDocument(const Manifest& manifest, const std::string& signature) {
    json doc = {{"signed", signedPart(manifest)}, {"signature", {{"algorithm", "ed25519"}, {"value", signature}}}};
    return doc.dump(2) + "\n";
}

Status validateManifest(const Manifest& m, const ManifestLimits& limits) {
    if (m.format != kManifestFormat) return Error{"unsupported manifest format " + std::to_string(m.format)};
    if (m.version <= 0) return Error{"pack version must be a positive integer, got " + std::to_string(m.version)};
    if (!packIdOk(m.packId)) return Error{"pack id \"" + m.packId.substr(0, 80) + "\" is not a plain name"};
    if (m.files.empty()) return Error{"the manifest lists no files"};
    if (m.files.size() > limits.maxFiles)
        return Error{"the manifest lists " + std::to_string(m.files.size()) + " files, more than the limit of " +
                     std::to_string(limits.maxFiles)};
    std::set<std::string> seen;
    std::map<std::string, uint64_t> sizeOfBlob;  // one content, one size: blobs are shared by hash
    uint64_t total = 0;
    bool hasPackJson = false;
    for (const auto& f : m.files) {
        if (auto ok = checkPackPath(f.path); !ok) return ok;
        if (!seen.insert(f.path).second) return Error{"path \"" + f.path + "\" is listed twice"};
        if (!isSha256Hex(f.sha256)) return Error{"\"" + f.path + "\": sha256 is not 64 lower-case hex digits"};
        if (auto [it, fresh] = sizeOfBlob.emplace(f.sha256, f.size); !fresh && it->second != f.size)
            return Error{"\"" + f.path + "\" has the sha256 of another file but a different size"};
        if (f.size > limits.maxFileBytes)
            return Error{"\"" + f.path + "\" is " + std::to_string(f.size) + " bytes, more than the limit of " +
                         std::to_string(limits.maxFileBytes)};
        total += f.size;
        if (f.path == "pack.json") hasPackJson = true;
    }
    // A file whose path is also a directory of another ("a" and "a/b") cannot be materialised.
    for (const auto& p : seen) {
        auto it = seen.lower_bound(p + "/");
        if (it != seen.end() && it->rfind(p + "/", 0) == 0)
            return Error{"path \"" + p + "\" is both a file and a folder"};
    }
    if (total > limits.maxTotalBytes)
        return Error{"the pack is " + std::to_string(total) + " bytes, more than the limit of " +
                     std::to_string(limits.maxTotalBytes)};
    if (!hasPackJson) return Error{"the manifest has no pack.json"};
    return success();
}

Result<Manifest> openSignedManifest(std::string_view text, const std::vector<std::string>& publicKeys,
                                    const ManifestLimits& limits) {
    if (text.size() > limits.maxManifestBytes)
        return Error{"manifest is " + std::to_string(text.size()) + " bytes, more than the limit of " +
                     std::to_string(limits.maxManifestBytes)};
    json doc = parseManifestJson(text);
    if (doc.is_discarded() || !doc.is_object())
        return Error{"manifest is not a JSON object nested at most " + std::to_string(kMaxManifestDepth) +
                     " levels deep"};
    if (!doc.contains("signed") || !doc["signed"].is_object()) return Error{"manifest has no \"signed\" object"};
    const json& sig = doc.contains("signature") ? doc["signature"] : json();
    if (!sig.is_object() || !sig.contains("value") || !sig["value"].is_string())
        return Error{"manifest has no signature"};
    // Not sig.value("algorithm", ...): that throws when the field is there but not a string.
    if (!sig.contains("algorithm") || sig["algorithm"] != "ed25519")
        return Error{"manifest signature algorithm is not ed25519"};
    if (publicKeys.empty()) return Error{"no public key is configured to check the manifest signature"};

    // Verify before reading any field, so nothing untrusted is acted upon.
    const std::string signedBytes = doc["signed"].dump();
    const std::string signature = sig["value"].get<std::string>();
    bool trusted = false;
    for (const auto& key : publicKeys) trusted = trusted || signatureValid(signedBytes, signature, key);
    if (!trusted) return Error{"manifest signature does not match any configured public key"};

    auto manifest = fromSignedJson(doc["signed"]);
    if (!manifest) return Error{"signed manifest: " + manifest.error().message};
    if (auto ok = validateManifest(*manifest, limits); !ok) return Error{"signed manifest: " + ok.error().message};
    return manifest;
}

Result<Manifest> readTrustedManifest(std::string_view text, const ManifestLimits& limits) {
    json doc = parseManifestJson(text);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("signed"))
        return Error{"manifest is not a JSON object with a \"signed\" part, nested at most " +
                     std::to_string(kMaxManifestDepth) + " levels deep"};
    auto manifest = fromSignedJson(doc["signed"]);
    if (!manifest) return manifest.error();
    if (auto ok = validateManifest(*manifest, limits); !ok) return ok.error();
    return manifest;
}

}  // namespace mc
