#include "ui/LayoutReport.h"

namespace mc {

std::string_view boxKindName(BoxKind kind) {
    switch (kind) {
    case BoxKind::Figure: return "figure";
    case BoxKind::Ring: return "ring";
    case BoxKind::Bar: return "bar";
    case BoxKind::Code: return "code";
    }
    return "?";
}

}  // namespace mc
