#include "EntStatus.h"
