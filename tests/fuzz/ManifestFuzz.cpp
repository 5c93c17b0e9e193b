// fuzz_manifest: any text as the manifest.json a server sends. Each input goes through
// openSignedManifest with the fuzz key trusted (seeds signed with it get past the signature)
// and through readTrustedManifest, whose field validation the fuzzer reaches even after
// its mutations have broken the signature. Accepted manifests must then behave: they
// survive the publisher's round trip (document, sign, verify) and the update planning.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "FuzzCheck.h"
#include "FuzzKey.h"
#include "update/Manifest.h"
#include "update/UpdatePlan.h"

namespace {

using namespace mc;

bool sameManifest(const Manifest& a, const Manifest& b) {
    return a.format == b.format && a.packId == b.packId && a.version == b.version && a.created == b.created &&
           a.files == b.files;
}

// What a mirror and a publisher do with a manifest once it is accepted.
void checkAccepted(const Manifest& m) {
    MC_FUZZ_CHECK(validateManifest(m).ok(), "an accepted manifest passes validateManifest");

    // The publisher's side: sign the canonical bytes, write the document; a mirror accepts it.
    const std::string canonical = canonicalSignedBytes(m);
    auto signature = signMessage(canonical, fuzz::fuzzKeyPair().secretKey);
    MC_FUZZ_CHECK(signature.ok(), "the fuzz key signs");
    const std::string document = manifestDocument(m, *signature);
    auto reopened = openSignedManifest(document, {fuzz::fuzzKeyPair().publicKey});
    if (!reopened) std::fprintf(stderr, "re-signed manifest refused: %s\n", reopened.error().message.c_str());
    MC_FUZZ_CHECK(reopened.ok(), "a manifest signed by the publisher's code is accepted");
    MC_FUZZ_CHECK(sameManifest(*reopened, m), "the signed document reads back to the same manifest");

    auto fresh = judgeVersion(std::nullopt, m);
    MC_FUZZ_CHECK(fresh.ok() && *fresh == VersionVerdict::Install, "a first manifest is installed");
    auto same = judgeVersion(m, m);
    MC_FUZZ_CHECK(same.ok() && *same == VersionVerdict::UpToDate, "the installed manifest is up to date");

    std::set<std::string> hashes;
    for (const ManifestFile& f : m.files) hashes.insert(f.sha256);
    const UpdatePlan empty = planUpdate(m, {});
    MC_FUZZ_CHECK(empty.downloads.size() == hashes.size(), "an empty store downloads each blob once");
    const UpdatePlan full = planUpdate(m, hashes);
    MC_FUZZ_CHECK(full.downloads.empty() && full.downloadBytes == 0 && full.reusedFiles == m.files.size(),
                  "a full store downloads nothing");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::vector<std::string> keys = {fuzz::fuzzKeyPair().publicKey};

    auto trusted = readTrustedManifest(text);
    if (trusted) checkAccepted(*trusted);

    auto opened = openSignedManifest(text, keys);
    if (opened) {
        MC_FUZZ_CHECK(trusted.ok(), "a manifest accepted with its signature is accepted without it");
        MC_FUZZ_CHECK(sameManifest(*opened, *trusted), "both readings give the same manifest");
    } else {
        MC_FUZZ_CHECK(!opened.error().message.empty(), "a refusal says why");
    }
    return 0;
}
