#pragma once
// The phone remote's pairing card on the home screen: the QR code of the mirror's address
// with its one-time code, and the code in digits for typing by hand. Drawn with
// rectangles from the plain matrix, so it needs no image and no library here.
#include "remote/PairingOffer.h"
#include "ui/Canvas.h"

namespace mc {

// Draws the card (the QR code, the code in words to its right) with its bottom-left
// corner at (x, bottom) and returns its top y.
// `side` is the QR code's side in pixels including its quiet zone.
float drawPairingCard(Canvas& c, const PairingOffer& offer, float x, float bottom, float side);

// The QR code alone, dark on white with its quiet zone, in a square of `side` pixels
// with its top-left corner at (x, top); the pairing page draws it large.
void drawQrCode(Canvas& c, const QrMatrix& qr, float x, float top, float side);

// "1234 5678": an 8-digit code in two groups, easier to read across a room and to type.
std::string groupedCode(const std::string& code);

}  // namespace mc
