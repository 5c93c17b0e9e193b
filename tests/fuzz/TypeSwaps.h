#pragma once
// Seeds for the bug class random byte mutations rarely reach: a field of the wrong JSON
// type (nlohmann's get<>() and value() throw on those). Each result is the document with
// one value, leaf or container, replaced by a value of another type.
#include <nlohmann/json.hpp>

#include <vector>

namespace mc::fuzz {

std::vector<nlohmann::json> typeSwaps(const nlohmann::json& document);

}  // namespace mc::fuzz
