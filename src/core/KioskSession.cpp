#include "KioskSession.h"
