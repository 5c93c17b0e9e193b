#pragma once
// The one Ed25519 key pair fuzz_manifest trusts and its seeds are signed with. It is made
// from a fixed seed, so seeds signed today still verify in the fuzzer tomorrow; it signs
// nothing but fuzz inputs and must never be configured on a mirror.
#include "update/Crypto.h"

namespace mc::fuzz {

const KeyPair& fuzzKeyPair();

}  // namespace mc::fuzz
