#pragma once
// The few cryptographic primitives updates need, over libsodium: Ed25519 keys and
// detached signatures, SHA-256 and base64. Keys travel as base64 text so they can
// be pasted into a config file.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"

namespace mc {

struct KeyPair {
    std::string publicKey;  // base64 of the 32-byte Ed25519 public key
    std::string secretKey;  // base64 of the 64-byte Ed25519 secret key
};

KeyPair generateKeyPair();

// Signs `message` with a base64 secret key; returns the base64 signature.
Result<std::string> signMessage(std::string_view message, std::string_view secretKey);

// True when `signature` (base64) is a valid signature of `message` by `publicKey` (base64).
bool signatureValid(std::string_view message, std::string_view signature, std::string_view publicKey);

// Strict base64 (standard alphabet, padded). Whitespace around is ignored.
std::string toBase64(const std::vector<uint8_t>& bytes);
Result<std::vector<uint8_t>> fromBase64(std::string_view text);

// Lower-case hex SHA-256 of a byte string.
std::string sha256Hex(std::string_view bytes);

// Streaming SHA-256, for files downloaded or read in chunks (bounded memory).
class Sha256Stream {
public:
    Sha256Stream();
    void update(const void* data, std::size_t size);
    std::string finishHex();  // lower-case hex; the stream must not be used afterwards

private:
    alignas(16) unsigned char state_[128];  // a crypto_hash_sha256_state, opaque so this header needs no sodium.h
};

bool isSha256Hex(std::string_view text);

}  // namespace mc
