#include "update/Crypto.h"

#include <sodium.h>

#include <cctype>
#include <cstring>
#include <stdexcept>

#include "core/Whitespace.h"

namespace mc {
namespace {

// sodium_init is idempotent and thread-safe; calling it before each use keeps
// callers free of an init step they could forget.
void ensureSodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

static_assert(sizeof(crypto_hash_sha256_state) <= 128, "Sha256Stream state buffer too small");

crypto_hash_sha256_state* asState(unsigned char* buffer) {
    return reinterpret_cast<crypto_hash_sha256_state*>(buffer);
}

std::string toHex(const unsigned char* bytes, std::size_t size) {
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

}  // namespace

KeyPair generateKeyPair() {
    ensureSodium();
    std::vector<uint8_t> pk(crypto_sign_PUBLICKEYBYTES), sk(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(pk.data(), sk.data());
    KeyPair pair{toBase64(pk), toBase64(sk)};
    sodium_memzero(sk.data(), sk.size());
    return pair;
}

Result<std::string> signMessage(std::string_view message, std::string_view secretKey) {
    ensureSodium();
    auto sk = fromBase64(secretKey);
    if (!sk) return Error{"secret key: " + sk.error().message};
    if (sk->size() != crypto_sign_SECRETKEYBYTES)
        return Error{"secret key: expected " + std::to_string(crypto_sign_SECRETKEYBYTES) + " bytes, got " +
                     std::to_string(sk->size()) + " (is this the public key?)"};
    std::vector<uint8_t> sig(crypto_sign_BYTES);
    crypto_sign_detached(sig.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         sk->data());
    sodium_memzero(sk->data(), sk->size());
    return toBase64(sig);
}

bool signatureValid(std::string_view message, std::string_view signature, std::string_view publicKey) {
    ensureSodium();
    auto sig = fromBase64(signature);
    auto pk = fromBase64(publicKey);
    if (!sig || !pk || sig->size() != crypto_sign_BYTES || pk->size() != crypto_sign_PUBLICKEYBYTES) return false;
    return crypto_sign_verify_detached(sig->data(), reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(), pk->data()) == 0;
}

std::string toBase64(const std::vector<uint8_t>& bytes) {
    ensureSodium();
    const std::size_t len = sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    std::string out(len, '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return out;
}

Result<std::vector<uint8_t>> fromBase64(std::string_view text) {
    ensureSodium();
    text = trimmed(text);
    std::vector<uint8_t> out(text.size());
    std::size_t len = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &len, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size())
        return Error{"not valid base64"};
    out.resize(len);
    return out;
}

std::string sha256Hex(std::string_view bytes) {
    Sha256Stream stream;
    stream.update(bytes.data(), bytes.size());
    return stream.finishHex();
}

Sha256Stream::Sha256Stream() {
    ensureSodium();
    crypto_hash_sha256_init(asState(state_));
}

void Sha256Stream::update(const void* data, std::size_t size) {
    crypto_hash_sha256_update(asState(state_), static_cast<const unsigned char*>(data), size);
}

std::string Sha256Stream::finishHex() {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(asState(state_), digest);
    return toHex(digest, sizeof digest);
}

bool isSha256Hex(std::string_view text) {
    if (text.size() != 64) return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

}  // namespace mc
