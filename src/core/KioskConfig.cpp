#include "KioskConfig.h"
