#include "FuzzKey.h"

#include <sodium.h>

#include <stdexcept>
#include <vector>

namespace mc::fuzz {

const KeyPair& fuzzKeyPair() {
    static const KeyPair pair = [] {
        if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
        std::vector<uint8_t> seed(crypto_sign_SEEDBYTES);
        for (std::size_t i = 0; i < seed.size(); ++i) seed[i] = static_cast<uint8_t>(0x4d + i);  // fixed, public
        std::vector<uint8_t> pk(crypto_sign_PUBLICKEYBYTES), sk(crypto_sign_SECRETKEYBYTES);
        crypto_sign_seed_keypair(pk.data(), sk.data(), seed.data());
        return KeyPair{toBase64(pk), toBase64(sk)};
    }();
    return pair;
}

}  // namespace mc::fuzz
