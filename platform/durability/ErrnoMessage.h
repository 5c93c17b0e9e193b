#pragma once
// The one way platform code words a failed system call: "<what>: <reason>", the reason
// being the C library's text for an errno value ("cannot open /x: No such file or directory").
#include <string>
#include <string_view>

namespace mc {

// `error` is passed, not read here, because anything done between the failing call and
// this one (a close, building `what`) may change errno; save it first when in doubt.
std::string errnoMessage(std::string_view what, int error);

}  // namespace mc
