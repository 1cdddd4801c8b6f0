#include "EntClient.h"
