import WijkUI
