#pragma once
// The layout report as `mirrorcoach screenshot --boxes` writes it:
// {"width","height","texts":[{"text","size","rect":[x0,y0,x1,y1],"color":"#RRGGBB"}],
//  "boxes":[{"kind","rect"}]}, in the picture's pixels.
#include <string>

#include "ui/LayoutReport.h"

namespace mc {

// Colours are as they show on the black glass (a translucent colour is darkened by its alpha).
std::string layoutReportJson(const LayoutReport& report);

}  // namespace mc
